namespace Cms.Tests.Security;

/// <summary>
/// One row of the permission matrix: who the caller is and, written out by hand from the roles the site seeds, which
/// content types it may act on for any item and for its own items. The expected markers are derived from these
/// sets alone, never from the product's authorization code, so the suite stays an independent check.
/// </summary>
internal sealed record MatrixRole(
    string Name,
    string? UserName,
    IReadOnlySet<string> ViewAny,
    IReadOnlySet<string> ViewOwn,
    IReadOnlySet<string> PreviewAny,
    IReadOnlySet<string> PreviewOwn,
    IReadOnlySet<string> EditAny,
    IReadOnlySet<string> EditOwn,
    bool ViewMedia,
    bool AdminPanel,
    string? ApiKeyRole)
{
    /// <summary>Calls with an API key in <see cref="ApiKeyRole"/> rather than as a signed-in user.</summary>
    public bool IsApiKey => ApiKeyRole is not null;

    public string? UserId => UserName is null ? null : Cms.Tests.Support.SignInWebFactory.UserIdFor(UserName);

    /// <summary>Signed in through the admin's sign-in form (an API key is not: it only counts on /api).</summary>
    public bool IsSignedInUser => UserName is not null;

    /// <summary>A type's GraphQL root fields need View or ViewOwn on the type, whatever status they ask for.</summary>
    public bool MayQueryType(string contentType) => ViewAny.Contains(contentType) || ((UserId is not null || IsApiKey) && ViewOwn.Contains(contentType));

    /// <summary>A type query for drafts needs Preview or PreviewOwn on the type, else it is refused.</summary>
    public bool MayPreviewType(string contentType) =>
        PreviewAny.Contains(contentType) || ((UserId is not null || IsApiKey) && PreviewOwn.Contains(contentType));

    /// <summary>Asking a picker for drafts needs Preview on some type; without it the request is refused outright.</summary>
    public bool MayPreviewSomething => PreviewAny.Count > 0 || ((UserId is not null || IsApiKey) && PreviewOwn.Count > 0);

    public bool MayView(MatrixItem item) => May(ViewAny, ViewOwn, item);

    public bool MayPreview(MatrixItem item) => May(PreviewAny, PreviewOwn, item);

    public bool MayEdit(MatrixItem item) => May(EditAny, EditOwn, item);

    /// <summary>The read rule spelled out: a published version needs View, a draft needs Preview.</summary>
    public bool MayRead(MatrixItem item, MatrixVersion version) =>
        version.Published ? MayView(item) : MayPreview(item);

    private bool May(IReadOnlySet<string> any, IReadOnlySet<string> own, MatrixItem item) =>
        any.Contains(item.ContentType) || (UserId is not null && item.OwnerId == UserId && own.Contains(item.ContentType));
}
