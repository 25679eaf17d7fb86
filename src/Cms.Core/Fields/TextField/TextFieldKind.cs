using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.TextField;

/// <summary>TextField: <c>{ "Text": "..." }</c>, indexed as text.</summary>
internal sealed class TextFieldKind : IContentFieldKind
{
    public string Name => "TextField";

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        if (!FieldJson.TryGetString(context.Value, "Text", out var text))
        {
            result.Add(FieldJson.Pointer(context, "Text"), $"The {context.Field.DisplayName} field's Text must be a string.");
            return;
        }

        if (string.IsNullOrWhiteSpace(text) && TextFieldSettings.From(context.Field).Required)
        {
            result.Add(FieldJson.Pointer(context, "Text"), FieldJson.RequiredMessage(context));
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Text, context.TypePart.Name, context.Field.Name,
            FieldJson.TruncateForIndex(FieldJson.GetString(context.Value, "Text"))));
}
