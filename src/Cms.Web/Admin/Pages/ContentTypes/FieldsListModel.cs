using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.ContentTypes;

/// <summary>The fields partial: a part's fields with move/remove buttons and the form that adds one.</summary>
public sealed record FieldsListModel(string PartName, ContentPartDefinition? Part, bool CanEdit);
