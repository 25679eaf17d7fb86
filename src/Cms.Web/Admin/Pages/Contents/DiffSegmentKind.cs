namespace Cms.Web.Admin.Pages.Contents;

public enum DiffSegmentKind
{
    Unchanged,
    Removed,
    Added,
}
