namespace Cms.Web.Admin.Pages.Contents;

/// <summary>One field of two versions side by side, each as word runs; <see cref="Changed"/> when any word differs.</summary>
public sealed record ComparedRow(string Label, IReadOnlyList<DiffSegment> Older, IReadOnlyList<DiffSegment> Newer, bool Changed);
