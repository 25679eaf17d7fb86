using System.Net;

namespace Cms.Tests.Security;

/// <summary>
/// Every read path for every kind of caller: each response may contain exactly the markers (item titles, bag items,
/// terms, media names) the caller's row in <see cref="MatrixRoles"/> allows, so a path that shows too much fails
/// naming the leaked marker, and one that hides what it should show fails too.
/// </summary>
public sealed class PermissionMatrixTests : IClassFixture<PermissionMatrixSite>
{
    private readonly PermissionMatrixSite _site;

    public PermissionMatrixTests(PermissionMatrixSite site)
    {
        _site = site;
    }

    public static TheoryData<string> Roles() => [.. MatrixRoles.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLList_Published_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLEachAsync(role, RootFields.Select(field => $"{{ {field} {{ displayText }} }}"));

        AssertMarkers(PublishedViewable(role, _site.Items), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLList_Latest_ShowsPreviewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLEachAsync(role, RootFields.Select(field => $"{{ {field}(status: LATEST) {{ displayText }} }}"));

        var expected = _site.Items.Where(i => role.MayQueryType(i.ContentType) && role.MayPreview(i)).Select(i => i.LatestVersion.Marker);
        AssertMarkers(expected, body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLConnection_Published_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLEachAsync(role, RootFields.Select(field => $"{{ {field}Connection {{ nodes {{ displayText }} }} }}"));

        AssertMarkers(PublishedViewable(role, _site.Items), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLContentItem_ById_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var fields = _site.Items.Select((item, index) => $"i{index}: contentItem(contentItemId: \"{item.ContentItemId}\") {{ displayText }}");
        var body = await GraphQLAsync(role, "{ " + string.Join(' ', fields) + " }");

        AssertMarkers(PublishedViewable(role, _site.Items), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLPicker_OnTheHub_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ hub { related { contentItems { displayText } } } }");

        AssertMarkers(role.MayView(_site.Hub) ? PublishedViewable(role, Children) : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLList_OnTheHub_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ hub { list { contentItems(first: 50) { displayText } } } }");

        AssertMarkers(role.MayView(_site.Hub) ? PublishedViewable(role, Children) : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLBag_OnTheHub_ShowsThePublishedBag(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ hub { extras { contentItems { displayText } } } }");

        // A bag item is judged as an item of its own type with the hub's owner.
        var bagItem = _site.Hub with { ContentType = MatrixRoles.BagItemType };
        AssertMarkers(role.MayView(_site.Hub) && role.MayView(bagItem) ? [_site.PublishedBagMarker] : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLTerms_OnTheHub_ShowPublishedTermsOfAViewableTaxonomy(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ hub { tags { termContentItems { displayText } taxonomyContentItem { displayText } } } }");

        // A term is judged as an item of its own type with the taxonomy's owner.
        var term = _site.Taxonomy with { ContentType = MatrixRoles.TermType };
        var expected = new List<string>();
        if (role.MayView(_site.Hub) && role.MayView(_site.Taxonomy))
        {
            expected.Add(_site.Taxonomy.PublishedVersion!.Marker);
            if (role.MayView(term))
            {
                expected.Add(_site.PublishedTermMarker);
            }
        }

        AssertMarkers(expected, body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLMediaAssets_ShowFilesOnlyWithViewMedia(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ mediaAssets { name } }");

        AssertMarkers(role.ViewMedia ? [_site.MediaMarker] : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task RestGet_Published_ShowsViewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, _site.Items.Select(i => $"/api/content/{i.ContentItemId}"));

        AssertMarkers(_site.Items.Where(i => i.PublishedVersion is not null && role.MayView(i)).SelectMany(i => i.PublishedVersion!.Whole), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task RestGet_Latest_ShowsReadableLatestVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, _site.Items.Select(i => $"/api/content/{i.ContentItemId}?version=latest"));

        AssertMarkers(_site.Items.Where(i => role.MayRead(i, i.LatestVersion)).SelectMany(i => i.LatestVersion.Whole), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Preview_Item_ShowsPreviewableLatestVersions(string roleName)
    {
        // The hub and the taxonomy render their relations too; the matrix previews the items without any.
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, Children.Select(i => $"/preview/{i.ContentItemId}"));

        AssertMarkers(Children.Where(role.MayPreview).Select(i => i.LatestVersion.Marker), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Preview_List_ShowsPreviewableLatestVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, [$"/preview/list/{MatrixRoles.Memo}", $"/preview/list/{MatrixRoles.Page}"]);

        AssertMarkers(Children.Where(role.MayPreview).Select(i => i.LatestVersion.Marker), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task VersionsPages_ShowEditableItemsOnly(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var paths = _site.Items.SelectMany(i => i.Versions.Select(v => $"/admin/contents/{i.ContentItemId}/versions/{v.ContentItemVersionId}")
            .Append($"/admin/contents/{i.ContentItemId}/versions"));
        var body = await GetEachAsync(role, paths);

        // The page shows the latest title and each version's fields: it must show the first, may show any of the rest.
        var editable = (role.IsSignedInUser && role.AdminPanel ? _site.Items.Where(role.MayEdit) : []).ToList();
        AssertMarkers(editable.Select(i => i.LatestVersion.Marker), editable.SelectMany(i => i.Versions).SelectMany(v => v.Whole), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Export_WithoutExportPermission_ShowsNothing(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        using var response = await _site.ClientFor(role).GetAsync("/api/recipes/export");
        var body = await response.Content.ReadAsStringAsync();

        Assert.False(response.IsSuccessStatusCode, body);
        AssertMarkers([], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Sdl_WithExecuteGraphQL_ShowsTypesButNoContent(string roleName)
    {
        // Every row may run GraphQL; type names are not secret, content is.
        var role = MatrixRoles.Named(roleName);
        using var response = await _site.ClientFor(role).GetAsync("/api/graphql/schema.graphql");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Memo", body, StringComparison.Ordinal);
        AssertMarkers([], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphiQL_NeedsASignedInUser(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        using var response = await _site.ClientFor(role).GetAsync("/admin/graphql");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(role.IsSignedInUser ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        AssertMarkers([], body);
    }

    private static readonly string[] RootFields = ["memo", "page", "hub", "taxonomy"];

    private IEnumerable<MatrixItem> Children => _site.Items.Where(i => i.ContentType is MatrixRoles.Memo or MatrixRoles.Page);

    private static IEnumerable<string> PublishedViewable(MatrixRole role, IEnumerable<MatrixItem> items) =>
        items.Where(i => i.PublishedVersion is not null && role.MayView(i)).Select(i => i.PublishedVersion!.Marker);

    private async Task<string> GraphQLAsync(MatrixRole role, string query)
    {
        using var response = await _site.ClientFor(role).GetAsync("/api/graphql?query=" + Uri.EscapeDataString(query));
        return await response.Content.ReadAsStringAsync();
    }

    // One request per root field: a type the caller may not query fails its whole request, which would hide the others.
    private async Task<string> GraphQLEachAsync(MatrixRole role, IEnumerable<string> queries)
    {
        var bodies = new List<string>();
        foreach (var query in queries)
        {
            bodies.Add(await GraphQLAsync(role, query));
        }

        return string.Join('\n', bodies);
    }

    private async Task<string> GetEachAsync(MatrixRole role, IEnumerable<string> paths)
    {
        var bodies = new List<string>();
        foreach (var path in paths)
        {
            using var response = await _site.ClientFor(role).GetAsync(path);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        return string.Join('\n', bodies);
    }

    // Names the leaked and the missing markers, with the start of the response, rather than two long sorted lists.
    private void AssertMarkers(IEnumerable<string> expected, string body)
    {
        var exactly = expected.ToList();
        AssertMarkers(exactly, exactly, body);
    }

    private void AssertMarkers(IEnumerable<string> required, IEnumerable<string> allowed, string body)
    {
        var permitted = allowed.ToHashSet(StringComparer.Ordinal);
        var shown = _site.AllMarkers.Where(m => body.Contains(m, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var leaked = shown.Except(permitted).Order(StringComparer.Ordinal).ToList();
        var missing = required.Except(shown).Order(StringComparer.Ordinal).ToList();
        if (leaked.Count > 0 || missing.Count > 0)
        {
            Assert.Fail($"Leaked: [{string.Join(", ", leaked)}]; missing: [{string.Join(", ", missing)}]; response: {body[..Math.Min(body.Length, 1500)]}");
        }
    }
}
