using Cms.Core.Trash;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>An item an admin link asked for that is not there; <see cref="Trashed"/> is set when the caller may restore it.</summary>
public sealed record MissingContent(string ContentItemId, TrashEntry? Trashed);
