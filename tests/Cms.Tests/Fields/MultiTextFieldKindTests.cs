using Cms.Core.ContentModel;
using Cms.Core.Fields.MultiTextField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class MultiTextFieldKindTests
{
    private const string Options =
        """{ "MultiTextFieldSettings": { "Required": true, "Options": [ { "name": "Red", "value": "red" }, { "name": "Blue", "value": "blue", "default": true } ] } }""";

    private readonly MultiTextFieldKind _kind = new();

    [Fact]
    public void Validate_KnownValues_IsValid() =>
        Assert.True(Validate(_kind, Field("MultiTextField", "Colours", """{ "Values": [ "red", "blue" ] }""", Options)).IsValid);

    [Fact]
    public void Validate_UnknownValue_ReportsElement()
    {
        var error = Assert.Single(Validate(_kind, Field("MultiTextField", "Colours", """{ "Values": [ "red", "green" ] }""", Options)).Errors);

        Assert.Equal("/Letter/Colours/Values/1", error.Path);
        Assert.Contains("'green'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredAndEmpty_ReportsRequired() =>
        Assert.Equal("The Colours field is required.", Assert.Single(Validate(_kind, Field("MultiTextField", "Colours", """{ "Values": [] }""", Options)).Errors).Message);

    [Fact]
    public void Validate_ValuesNotArray_ReportsProperty() =>
        Assert.Equal("/Letter/Colours/Values", Assert.Single(Validate(_kind, Field("MultiTextField", "Colours", """{ "Values": "red" }""")).Errors).Path);

    [Fact]
    public void Settings_Options_AreRead() =>
        Assert.Equal(
            [new MultiTextFieldOption("Red", "red", false), new MultiTextFieldOption("Blue", "blue", true)],
            MultiTextFieldSettings.From(Field("MultiTextField", "Colours", null, Options).Field).Options);

    [Fact]
    public void Index_Values_AddsOneTextRowPerValue()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("MultiTextField", "Colours", """{ "Values": [ "red", "blue" ] }"""), entries);

        Assert.Equal(["red", "blue"], entries.FieldValues.Select(e => (string?)e.Value));
        Assert.All(entries.FieldValues, e => Assert.Equal(FieldValueKind.Text, e.Kind));
    }

    [Fact]
    public void Index_NoValues_AddsOneNullRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("MultiTextField", "Colours", null), entries);

        Assert.Null(Assert.Single(entries.FieldValues).Value);
    }
}
