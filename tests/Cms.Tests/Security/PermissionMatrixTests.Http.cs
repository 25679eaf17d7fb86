using System.Net;

namespace Cms.Tests.Security;

/// <summary>The matrix over the paths outside GraphQL queries: REST, preview, admin pages, export, SDL and GraphiQL.</summary>
public sealed partial class PermissionMatrixTests
{
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
        // The hub's preview, with its relations, has a cell of its own.
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, Children.Select(i => $"/preview/{i.ContentItemId}"));

        AssertMarkers(Children.Where(i => MayUsePreviewPages(role) && role.MayPreview(i)).Select(i => i.LatestVersion.Marker), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Preview_List_ShowsPreviewableLatestVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, [$"/preview/list/{MatrixRoles.Memo}", $"/preview/list/{MatrixRoles.Page}"]);

        AssertMarkers(Children.Where(i => MayUsePreviewPages(role) && role.MayPreview(i)).Select(i => i.LatestVersion.Marker), body);
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

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AdminContentList_ShowsPreviewableLatestVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, _site.Items.Select(i => i.ContentType).Distinct().Select(t => $"/admin/contents?type={t}"));

        var listed = role.IsSignedInUser && role.AdminPanel ? _site.Items.Where(role.MayPreview) : [];
        AssertMarkers(listed.Select(i => i.LatestVersion.Marker), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AdminPicker_ShowsPreviewableLatestVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, [$"/admin/contents/picker?types={MatrixRoles.Memo},{MatrixRoles.Page}"]);

        var listed = role.IsSignedInUser && role.AdminPanel ? Children.Where(role.MayPreview) : [];
        AssertMarkers(listed.Select(i => i.LatestVersion.Marker), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AdminEditor_ShowsEditableItemsAndReadableRelations(string roleName)
    {
        // The editor shows the latest version of an item the caller may edit, and beside the hub's picker the
        // titles of picked items in the version the caller may read.
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, _site.Items.Select(i => $"/admin/contents/{i.ContentItemId}/edit"));

        var editable = (role.IsSignedInUser && role.AdminPanel ? _site.Items.Where(role.MayEdit) : []).ToList();
        var required = editable.Select(i => i.LatestVersion.Marker).ToList();
        var allowed = editable.SelectMany(i => i.LatestVersion.Whole).ToList();
        if (editable.Contains(_site.Hub))
        {
            required.AddRange(HubRelationsShownTo(role));
            allowed.AddRange(TermsShownTo(role));
            allowed.AddRange(ShownVersion(role, _site.Taxonomy) is { } taxonomy ? [taxonomy.Marker] : []);
        }

        AssertMarkers(required, allowed.Concat(required), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AdminPreviewAndCompare_ShowPreviewableItems(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, _site.Items.SelectMany(i => AdminPreviewModes.Select(mode => $"/admin/contents/{i.ContentItemId}/{mode}")));

        // Compare shows the published version beside the latest: it may show any version of a previewable item.
        var previewable = (role.IsSignedInUser && role.AdminPanel ? _site.Items.Where(role.MayPreview) : []).ToList();
        AssertMarkers(previewable.Select(i => i.LatestVersion.Marker), previewable.SelectMany(i => i.Versions).SelectMany(v => v.Whole), body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Preview_Hub_ShowsTheDraftAndReadableRelations(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GetEachAsync(role, [$"/preview/{_site.Hub.ContentItemId}"]);

        var required = new List<string>();
        var allowed = new List<string>();
        if (MayUsePreviewPages(role) && role.MayPreview(_site.Hub))
        {
            required.Add(_site.Hub.LatestVersion.Marker);
            required.AddRange(role.MayPreview(_site.Hub with { ContentType = MatrixRoles.BagItemType }) ? [_site.DraftBagMarker] : []);
            required.AddRange(HubRelationsShownTo(role));
            required.AddRange(TermsShownTo(role));
        }

        AssertMarkers(required, allowed.Concat(required), body);
    }

    /// <summary>An API key counts on /api only: on the preview pages its caller is anonymous, who may not preview.</summary>
    private static bool MayUsePreviewPages(MatrixRole role) => !role.IsApiKey;

    private static readonly string[] AdminPreviewModes = ["preview", "compare"];

    /// <summary>
    /// The picked items a page beside the hub may show: each in its latest version when the caller may read that,
    /// else in its published version when they may read that, else not at all.
    /// </summary>
    private IEnumerable<string> HubRelationsShownTo(MatrixRole role) =>
        Children.Select(c => ShownVersion(role, c)).OfType<MatrixVersion>().Select(v => v.Marker);

    /// <summary>The hub's terms a page may name: those of the taxonomy version shown by the same rule, if the caller may read them.</summary>
    private IEnumerable<string> TermsShownTo(MatrixRole role) =>
        ShownVersion(role, _site.Taxonomy) is { } version && role.MayRead(Term, version) ? version.Inside : [];

    private static MatrixVersion? ShownVersion(MatrixRole role, MatrixItem item) =>
        role.MayRead(item, item.LatestVersion) ? item.LatestVersion
        : item.PublishedVersion is { } published && role.MayRead(item, published) ? published
        : null;
}
