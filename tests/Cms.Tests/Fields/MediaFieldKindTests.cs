using Cms.Core.ContentModel;
using Cms.Core.Fields.MediaField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class MediaFieldKindTests
{
    private readonly MediaFieldKind _kind = new();

    [Fact]
    public void Validate_Media_IsValid() =>
        Assert.True(Validate(_kind, Field("MediaField", "Image",
            """{ "Paths": [ "a.jpg", "b.png" ], "MediaTexts": [ "", "B" ], "Anchors": [ { "X": 0.5, "Y": 0.5 }, { "X": 0, "Y": 0 } ] }""")).IsValid);

    [Fact]
    public void Settings_Defaults_AllowMultipleAndMediaText()
    {
        var settings = MediaFieldSettings.From(Field("MediaField", "Image", null).Field);

        Assert.True(settings.Multiple);
        Assert.True(settings.AllowMediaText);
    }

    [Fact]
    public void Validate_TwoPathsNotMultiple_ReportsOnlyOne() =>
        Assert.Contains("only one", Assert.Single(Validate(_kind, Field("MediaField", "Image", """{ "Paths": [ "a.jpg", "b.jpg" ] }""",
            """{ "MediaFieldSettings": { "Multiple": false } }""")).Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_ExtensionNotAllowed_ReportsPath()
    {
        var error = Assert.Single(Validate(_kind, Field("MediaField", "Image", """{ "Paths": [ "a.JPG", "b.exe" ] }""",
            """{ "MediaFieldSettings": { "AllowedExtensions": [ ".jpg", "png" ] } }""")).Errors);

        Assert.Equal("/Letter/Image/Paths/1", error.Path);
        Assert.Contains("'.exe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredAndEmpty_ReportsRequired() =>
        Assert.Equal("The Banner Image field is required.", Assert.Single(Validate(_kind, Field("MediaField", "Image", """{ "Paths": [] }""",
            """{ "MediaFieldSettings": { "Required": true } }""", "Banner Image")).Errors).Message);

    [Fact]
    public void Validate_PathNotString_ReportsElement() =>
        Assert.Equal("/Letter/Image/Paths/0", Assert.Single(Validate(_kind, Field("MediaField", "Image", """{ "Paths": [ {} ] }""")).Errors).Path);

    [Fact]
    public void Validate_AnchorsNotArray_ReportsAnchors() =>
        Assert.Equal("/Letter/Image/Anchors", Assert.Single(Validate(_kind, Field("MediaField", "Image", """{ "Paths": [ "a.jpg" ], "Anchors": 3 }""")).Errors).Path);

    [Fact]
    public void Index_Media_AddsNoRows()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("MediaField", "Image", """{ "Paths": [ "a.jpg" ] }"""), entries);

        Assert.Empty(entries.FieldValues);
    }
}
