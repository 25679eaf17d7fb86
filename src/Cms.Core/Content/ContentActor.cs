namespace Cms.Core.Content;

/// <summary>Who is changing content: becomes Owner (user id) and Author (user name) as in Orchard.</summary>
public sealed record ContentActor(string? UserId, string? UserName)
{
    public static ContentActor System { get; } = new(null, null);
}
