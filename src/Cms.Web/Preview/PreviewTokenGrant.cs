namespace Cms.Web.Preview;

/// <summary>
/// What a valid preview token says: the one item it reads, the user who was shown it and their security stamp then
/// (so the token dies with their sign-ins), and when it stops working.
/// </summary>
public sealed record PreviewTokenGrant(string ContentItemId, string IssuedBy, string SecurityStamp, DateTimeOffset ExpiresUtc);
