namespace Cms.Tests.Security;

/// <summary>The matrix over the paths that reach items from the hub: picker, list, bag and taxonomy terms.</summary>
public sealed partial class PermissionMatrixTests
{
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

        var expected = new List<string>();
        if (role.MayView(_site.Hub) && role.MayView(_site.Taxonomy))
        {
            expected.Add(_site.Taxonomy.PublishedVersion!.Marker);
            if (role.MayView(Term))
            {
                expected.Add(_site.PublishedTermMarker);
            }
        }

        AssertMarkers(expected, body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLPicker_AskingForLatest_ShowsReadableLatestVersions(string roleName)
    {
        // Each picked item is judged on its latest version: a draft needs Preview even where the caller may View the item.
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ hub { related { contentItems(status: LATEST) { displayText } } } }");

        var shown = role.MayView(_site.Hub) && role.MayPreviewSomething
            ? Children.Where(c => role.MayRead(c, c.LatestVersion)).Select(c => c.LatestVersion.Marker)
            : [];
        AssertMarkers(shown, body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLRelations_OnTheLatestHub_ShowReadableVersions(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, """
            { hub(status: LATEST) { displayText
                related { contentItems(status: LATEST) { displayText } }
                extras { contentItems { displayText } }
                list { contentItems(first: 50) { displayText } }
                tags { termContentItems { displayText } } } }
            """);

        var expected = new List<string>();
        if (role.MayQueryType(MatrixRoles.HubType) && role.MayPreview(_site.Hub))
        {
            expected.Add(_site.Hub.LatestVersion.Marker);
            expected.AddRange(Children.Where(c => role.MayRead(c, c.LatestVersion)).Select(c => c.LatestVersion.Marker));
            expected.AddRange(role.MayPreview(_site.Hub with { ContentType = MatrixRoles.BagItemType }) ? [_site.DraftBagMarker] : []);
            expected.AddRange(PublishedViewable(role, Children));
            expected.AddRange(role.MayView(_site.Taxonomy) && role.MayView(Term) ? [_site.PublishedTermMarker] : []);
        }

        AssertMarkers(expected, body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLTaxonomyPart_Published_ShowsViewableTerms(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ taxonomy { taxonomy { contentItems { displayText } } } }");

        var shown = role.MayQueryType(MatrixRoles.TaxonomyType) && role.MayView(_site.Taxonomy) && role.MayView(Term);
        AssertMarkers(shown ? [_site.PublishedTermMarker] : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLTaxonomyPart_Latest_ShowsPreviewableTerms(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLAsync(role, "{ taxonomy(status: LATEST) { taxonomy { contentItems { displayText } } } }");

        var shown = role.MayQueryType(MatrixRoles.TaxonomyType) && role.MayPreview(_site.Taxonomy) && role.MayPreview(Term);
        AssertMarkers(shown ? [_site.PublishedTermMarker, _site.DraftTermMarker] : [], body);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GraphQLContainedPart_FromTheChildren_ShowsTheHubOnlyWhenViewable(string roleName)
    {
        var role = MatrixRoles.Named(roleName);
        var body = await GraphQLEachAsync(role, ["{ memo { hub { listContentItem { displayText } } } }", "{ page { hub { listContentItem { displayText } } } }"]);

        var anyChild = Children.Any(c => role.MayQueryType(c.ContentType) && c.PublishedVersion is not null && role.MayView(c));
        AssertMarkers(anyChild && role.MayView(_site.Hub) ? [_site.Hub.PublishedVersion!.Marker] : [], body);
    }

    // A term is judged as an item of its own type with the taxonomy's owner.
    private MatrixItem Term => _site.Taxonomy with { ContentType = MatrixRoles.TermType };
}
