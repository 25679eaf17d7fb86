namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// One item of a list part (bag item, widget, menu item) in the editor. <paramref name="Index"/> is its position in
/// the posted form, or <see cref="BagEditorInputs.NewIndex"/> in the template the page's script copies for a new item.
/// </summary>
public sealed record ListItemEditorModel(
    ItemListEditorModel List, ContentEditorModel Nested, string Index, string? ContentItemId, string Title, bool First, bool Last)
{
    public string Label => $"{Nested.Type.DisplayName} {(int.TryParse(Index, out var i) ? i + 1 : 0)}";

    public string BodyId => $"{List.ListName.Replace('.', '_')}_{Index}_Body";
}
