using Cms.Core.Media;
using Cms.Core.Recipes.Scripting;
using Cms.Core.Security;
using Cms.Core.Trash;
using Cms.GraphQL.Limits;
using Cms.Web.Admin;
using Cms.Web.Api;
using Cms.Web.Cluster;
using Cms.Web.Preview;

namespace Cms.Web.Hosting;

/// <summary>
/// Checks all of the product's configuration before anything is created or served, and reports every mistake at
/// once (an operator fixing one setting per restart is what this spares). The options are also validated on start,
/// which catches what a host or test changes after this check.
/// </summary>
public static class CmsConfigurationCheck
{
    /// <summary>Each bound section and its options class.</summary>
    private static readonly (string Section, Type Options)[] Sections =
    [
        (CmsOptions.SectionName, typeof(CmsOptions)),
        (MediaOptions.SectionName, typeof(MediaOptions)),
        (RecipeScriptOptions.SectionName, typeof(RecipeScriptOptions)),
        (GraphQLOptions.SectionName, typeof(GraphQLOptions)),
        (AdminOptions.SectionName, typeof(AdminOptions)),
        (ContentApiOptions.SectionName, typeof(ContentApiOptions)),
        (ApiCorsOptions.SectionName, typeof(ApiCorsOptions)),
        (ProxyOptions.SectionName, typeof(ProxyOptions)),
        (SignInOptions.SectionName, typeof(SignInOptions)),
        (PasswordPolicyOptions.SectionName, typeof(PasswordPolicyOptions)),
        (PreviewTokenOptions.SectionName, typeof(PreviewTokenOptions)),
        (TrashOptions.SectionName, typeof(TrashOptions)),
        (RedisOptions.SectionName, typeof(RedisOptions)),
        (SyncOptions.SectionName, typeof(SyncOptions)),
    ];

    /// <summary>Every problem, each naming its setting; empty when the configuration can be used.</summary>
    /// <param name="commandLineArgs">The arguments the configuration was built from, checked for misspelt setting names.</param>
    public static IReadOnlyList<string> FindProblems(IConfiguration configuration, string contentRoot, IReadOnlyList<string>? commandLineArgs = null)
    {
        var problems = new List<string>();
        CommandLineSettingNames.Check(commandLineArgs ?? [], Sections, problems);
        foreach (var (section, options) in Sections)
        {
            ConfiguredOptionsCheck.Check(configuration, section, options, problems);
        }

        problems.AddRange(MediaStoreProblems(configuration));
        StoreDialects.Check(configuration, problems);
        if (DataFolder.FileInTheWay(DataFolder.ResolvePath(configuration, contentRoot)) is { } file)
        {
            problems.Add($"{CmsOptions.SectionName}:{nameof(CmsOptions.DataPath)}: '{file}' is a file; the data path must be a folder.");
        }

        return problems;
    }

    /// <summary>Settings of the media store that only make sense together (an S3 store needs a bucket and a region or URL).</summary>
    private static IReadOnlyList<string> MediaStoreProblems(IConfiguration configuration)
    {
        var media = new MediaOptions();
        try
        {
            configuration.GetSection(MediaOptions.SectionName).Bind(media);
        }
        catch (InvalidOperationException)
        {
            // A value of the wrong type: the section check above has named it already.
            return [];
        }

        return media.StoreProblems();
    }

    public static void ThrowIfInvalid(IConfiguration configuration, string contentRoot, IReadOnlyList<string>? commandLineArgs = null)
    {
        if (FindProblems(configuration, contentRoot, commandLineArgs) is { Count: > 0 } problems)
        {
            throw new CmsConfigurationException(problems);
        }
    }

    /// <summary>For the server's start: prints the problems and returns false when there are any.</summary>
    public static bool IsCmsConfigurationValid(this WebApplicationBuilder builder, IReadOnlyList<string> args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(errors);
        var problems = FindProblems(builder.Configuration, builder.Environment.ContentRootPath, args);
        if (problems.Count > 0)
        {
            errors.WriteLine(new CmsConfigurationException(problems).Message);
        }

        return problems.Count == 0;
    }
}
