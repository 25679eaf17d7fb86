namespace Cms.Web.Admin.Pages.Contents;

/// <summary>A run of words of a compared value: kept, removed (only in the older version) or added (only in the newer).</summary>
public sealed record DiffSegment(string Text, DiffSegmentKind Kind);
