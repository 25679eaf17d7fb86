namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// One item of a BagPart in the editor. <paramref name="Index"/> is its position in the posted form, or
/// <see cref="BagEditorInputs.NewIndex"/> in the template the page's script copies for a new item.
/// </summary>
public sealed record BagItemEditorModel(
    PartEditorModel Bag, ContentEditorModel Nested, string Index, string? ContentItemId, string Title, bool First, bool Last)
{
    public string Label => $"{Nested.Type.DisplayName} {(int.TryParse(Index, out var i) ? i + 1 : 0)}";

    public string BodyId => $"{Bag.Name.Replace('.', '_')}_ContentItems_{Index}_Body";
}
