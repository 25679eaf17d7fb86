namespace Cms.Core.Recipes.Scripting;

/// <summary>
/// Orchard's scripting functions (its IGlobalMethodProvider implementations) that recipes may call but that belong to
/// modules we do not have: workflows, queries, request-time layer rules, content writes from scripts. They are defined
/// in the sandbox so a call is recognised as "not here" rather than failing as a misspelt name would.
/// </summary>
internal static class UnavailableScriptFunctions
{
    private const string WorkflowsHttp = "OrchardCore.Workflows.Http (workflows)";
    private const string Layers = "OrchardCore.Layers (request-time layer rules)";
    private const string ContentScripting = "OrchardCore.Contents scripting (content writes from scripts; use a Content step)";

    public static IReadOnlyDictionary<string, string> ModuleByFunction { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["createWorkflowToken"] = WorkflowsHttp,
        ["signalUrl"] = WorkflowsHttp,
        ["httpContext"] = WorkflowsHttp,
        ["queryString"] = WorkflowsHttp,
        ["queryStringAsJson"] = WorkflowsHttp,
        ["requestForm"] = WorkflowsHttp,
        ["requestFormAsJson"] = WorkflowsHttp,
        ["readBody"] = WorkflowsHttp,
        ["deserializeRequestData"] = WorkflowsHttp,
        ["responseWrite"] = WorkflowsHttp,
        ["absoluteUrl"] = WorkflowsHttp,
        ["executeQuery"] = "OrchardCore.Queries (stored queries)",
        ["isHomepage"] = Layers,
        ["isAnonymous"] = Layers,
        ["isAuthenticated"] = Layers,
        ["isInRole"] = Layers,
        ["url"] = Layers,
        ["culture"] = Layers,
        ["newContentItem"] = ContentScripting,
        ["createContentItem"] = ContentScripting,
        ["updateContentItem"] = ContentScripting,
        ["deleteContentItem"] = ContentScripting,
    };
}
