namespace Cms.Tests.Security;

/// <summary>
/// Every read path for every kind of caller: each response may contain exactly the markers (item titles, bag items,
/// terms, media names) the caller's row in <see cref="MatrixRoles"/> allows, so a path that shows too much fails
/// naming the leaked marker, and one that hides what it should show fails too.
/// </summary>
public sealed partial class PermissionMatrixTests : IClassFixture<PermissionMatrixSite>
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
    public async Task GraphQLConnection_TotalCount_CountsOnlyVisibleItems(string roleName)
    {
        // A count is a leak too: it must not include items the caller may not see.
        var role = MatrixRoles.Named(roleName);
        foreach (var type in new[] { MatrixRoles.Memo, MatrixRoles.Page })
        {
            var field = char.ToLowerInvariant(type[0]) + type[1..] + "Connection";
            var items = _site.Items.Where(i => i.ContentType == type).ToList();
            var published = await GraphQLAsync(role, $"{{ {field} {{ totalCount }} }}");
            var latest = await GraphQLAsync(role, $"{{ {field}(status: LATEST) {{ totalCount }} }}");

            Assert.Equal(role.MayQueryType(type) ? items.Count(i => i.PublishedVersion is not null && role.MayView(i)) : null, TotalCount(published));
            Assert.Equal(role.MayQueryType(type) && role.MayPreviewType(type) ? items.Count(role.MayPreview) : null, TotalCount(latest));
        }
    }

    [Theory]
    [InlineData("Anonymous", "PUBLISHED")]
    [InlineData("Authenticated", "PUBLISHED")]
    [InlineData("Contributor", "PUBLISHED")]
    [InlineData("Author", "PUBLISHED")]
    [InlineData("Editor", "PUBLISHED")]
    [InlineData("FrontEndKey", "PUBLISHED")]
    [InlineData("Contributor", "LATEST")]
    [InlineData("Author", "LATEST")]
    [InlineData("Editor", "LATEST")]
    [InlineData("FrontEndKey", "LATEST")]
    public async Task GraphQLWhere_OnAHiddenTitle_MatchesNothing(string roleName, string status)
    {
        // A filter is an oracle: matching a title the caller may not read would confirm that title exists.
        var role = MatrixRoles.Named(roleName);
        var latest = status == "LATEST";
        foreach (var type in new[] { MatrixRoles.Memo, MatrixRoles.Page })
        {
            if (!role.MayQueryType(type) || (latest && !role.MayPreviewType(type)))
            {
                continue;
            }

            var items = _site.Items.Where(i => i.ContentType == type).ToList();
            var markers = items.SelectMany(i => i.Versions).Select(v => v.Marker).ToList();
            var field = char.ToLowerInvariant(type[0]) + type[1..] + "Connection";
            var aliases = markers.Select((marker, index) => $"m{index}: {field}(status: {status}, where: {{ displayText: \"{marker}\" }}) {{ totalCount }}");
            var body = await GraphQLAsync(role, "{ " + string.Join(' ', aliases) + " }");

            var readable = items
                .Select(i => latest ? (role.MayPreview(i) ? i.LatestVersion : null) : (role.MayView(i) ? i.PublishedVersion : null))
                .OfType<MatrixVersion>().Select(v => v.Marker).ToHashSet(StringComparer.Ordinal);
            var data = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("data");
            var matched = markers.Where((_, index) => data.GetProperty($"m{index}").GetProperty("totalCount").GetInt32() > 0);
            Assert.Equal(readable.Order(StringComparer.Ordinal), matched.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQL_SignedInCallersAnswers_AreNeverSharedByCaches(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        using var response = await _site.ClientFor(role).GetAsync("/api/graphql?query=" + Uri.EscapeDataString("{ memo { displayText } }"));

        // A refusal carries no caching headers at all; an answer is public only to the anonymous caller.
        var cacheControl = response.Headers.CacheControl;
        if (role.IsSignedInUser || role.IsApiKey)
        {
            Assert.False(cacheControl?.Public ?? false);
            Assert.Equal(response.IsSuccessStatusCode, cacheControl?.Private ?? false);
        }
        else
        {
            Assert.True(cacheControl!.Public);
            Assert.Contains("Authorization", response.Headers.Vary);
            Assert.Contains("Cookie", response.Headers.Vary);
        }
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
    public async Task GraphQLMediaAssets_ShowFilesOnlyWithViewMedia(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ mediaAssets { name } }");

        AssertMarkers(role.ViewMedia ? [_site.MediaMarker] : [], body);
    }

    private static readonly string[] RootFields = ["memo", "page", "hub", "taxonomy"];

    private IEnumerable<MatrixItem> Children => _site.Items.Where(i => i.ContentType is MatrixRoles.Memo or MatrixRoles.Page);

    private static IEnumerable<string> PublishedViewable(MatrixRole role, IEnumerable<MatrixItem> items) =>
        items.Where(i => i.PublishedVersion is not null && role.MayView(i)).Select(i => i.PublishedVersion!.Marker);

    private static int? TotalCount(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("data", out var data) &&
        data.ValueKind == System.Text.Json.JsonValueKind.Object
            ? data.EnumerateObject().Single().Value.GetProperty("totalCount").GetInt32()
            : null;

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
