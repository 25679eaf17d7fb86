using Cms.GraphQL.Execution;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Localization;

/// <summary>Orchard's root <c>siteCultures { culture default }</c>: the site's cultures, the default one first.</summary>
internal static class SiteCulturesQuery
{
    public const string FieldName = "siteCultures";

    private sealed record SiteCulture(string Culture, bool IsDefault);

    public static FieldType Field(SchemaBuildContext context)
    {
        var type = new ObjectGraphType { Name = "SiteCulture", Description = "a culture the site supports" };
        type.AddField(new FieldType
        {
            Name = "culture", ResolvedType = context.String, Description = "the culture code",
            Resolver = DelegateResolver.Sync(resolve => ((SiteCulture)resolve.Source!).Culture),
        });
        type.AddField(new FieldType
        {
            Name = "default", ResolvedType = context.Boolean, Description = "whether this is the site's default culture",
            Resolver = DelegateResolver.Sync(resolve => ((SiteCulture)resolve.Source!).IsDefault),
        });
        return new FieldType
        {
            Name = FieldName,
            Description = "The cultures of the site",
            ResolvedType = new ListGraphType(type),
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var site = await GraphQLRequestContext.From(resolve).SiteCulturesAsync(resolve.CancellationToken);
                return site.SupportedCultures.Select(c => new SiteCulture(c, string.Equals(c, site.DefaultCulture, StringComparison.Ordinal))).ToList();
            }),
        };
    }
}
