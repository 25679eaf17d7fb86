namespace Cms.Core.Recipes;

/// <summary>
/// A scripted value kept as text because it calls a function of a module this CMS does not have (see the README's
/// compatibility table): stored without its brackets, as Orchard keeps a directive it has no engine for, so it is
/// not run again when an export is imported. Strict runs fail instead.
/// </summary>
/// <param name="JsonPath">Where the value is, e.g. <c>$.steps[3].data[0].FormPart.Action</c>.</param>
/// <param name="Expression">The value as written, e.g. <c>[js: createWorkflowToken(...)]</c>; stored as <c>js: createWorkflowToken(...)</c>.</param>
/// <param name="Function">The function that is not available, e.g. <c>createWorkflowToken</c>.</param>
/// <param name="Module">The Orchard module it belongs to.</param>
public sealed record RecipeUnevaluatedScript(string JsonPath, string Expression, string Function, string Module);
