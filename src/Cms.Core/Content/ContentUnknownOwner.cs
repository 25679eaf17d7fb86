namespace Cms.Core.Content;

/// <summary>An imported <c>Owner</c> that is no user of this site, kept as written, and how many items carry it.</summary>
public sealed record ContentUnknownOwner(string Owner, int Items);
