namespace Cms.Tests.Security;

/// <summary>The root search under the same rule as every read: no hidden item in its nodes, snippets or count.</summary>
public sealed partial class PermissionMatrixTests
{
    // Every item title starts with LIVE or SECRET; the matches are marked in snippets, so the marks are taken out
    // before the markers are looked for.
    private const string EveryTitle = "LIVE OR SECRET";

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLSearch_Published_ShowsAndCountsViewableItemsOnly(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, $"{{ search(query: \"{EveryTitle}\", first: 100) {{ totalCount nodes {{ displayText }} edges {{ snippet }} }} }}");

        var expected = PublishedViewable(role, _site.Items).ToList();
        AssertMarkers(expected, WithoutMarks(body));
        Assert.Equal(expected.Count, TotalCount(body));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLSearch_Latest_ShowsAndCountsPreviewableItemsOnly(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, $"{{ search(query: \"{EveryTitle}\", first: 100, status: LATEST) {{ totalCount nodes {{ displayText }} edges {{ snippet }} }} }}");

        var expected = _site.Items.Where(i => role.MayQueryType(i.ContentType) && role.MayPreview(i)).Select(i => i.LatestVersion.Marker).ToList();
        AssertMarkers(expected, WithoutMarks(body));
        // A caller without preview rights on any type is refused (no count at all); one with some counts what it may see.
        Assert.Equal(expected.Count, TotalCount(body) ?? 0);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLWhereSearch_Published_ShowsViewableItemsOnly(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLEachAsync(role, RootFields.Select(field => $"{{ {field}(where: {{ search: \"{EveryTitle}\" }}) {{ displayText }} }}"));

        AssertMarkers(PublishedViewable(role, _site.Items), body);
    }

    private static string WithoutMarks(string body) => body
        .Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)
        .Replace("\\u003Cmark\\u003E", "", StringComparison.OrdinalIgnoreCase).Replace("\\u003C/mark\\u003E", "", StringComparison.OrdinalIgnoreCase);
}
