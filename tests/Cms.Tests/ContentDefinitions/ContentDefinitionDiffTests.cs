using Cms.Core.Definitions;
using Cms.Tests.Support;
using static Cms.Core.Definitions.ContentDefinitionChangeKind;

namespace Cms.Tests.ContentDefinitions;

public sealed class ContentDefinitionDiffTests
{
    [Fact]
    public void Compare_SettingsAndOrderOnly_ListsNoChange()
    {
        var before = TestDefinitions.Articles();
        var after = before.DeepClone();
        after.FindType("Article")!.Parts.Reverse();
        after.FindPart("Article")!.FindField("Rank")!.Settings["NumericFieldSettings"]!["Maximum"] = 5;

        Assert.Empty(ContentDefinitionDiff.Compare(before, after));
    }

    [Fact]
    public void Compare_FieldOfAPartTwoTypesUse_ListsTheChangeOncePerType()
    {
        var before = TestDefinitions.Articles();
        before.FindType("Page")!.Parts.Add(new ContentTypePartDefinition { PartName = "Article", Name = "Details" });
        var after = before.DeepClone();
        after.FindPart("Article")!.Fields.RemoveAll(f => f.Name == "Subtitle");

        var changes = ContentDefinitionDiff.Compare(before, after);

        Assert.Equal(
            [(FieldRemoved, "Article", "Article", "Subtitle", "TextField"), (FieldRemoved, "Page", "Details", "Subtitle", "TextField")],
            changes.Select(c => (c.Kind, c.ContentType, c.Part, c.Field, c.FromKind)));
    }

    [Fact]
    public void Compare_NamedPartPointedAtAnotherDefinition_IsAKindChangeNotAFieldChange()
    {
        var before = TestDefinitions.Articles();
        var after = before.DeepClone();
        after.FindType("Article")!.FindPart("HtmlBodyPart")!.PartName = "MarkdownBodyPart";

        var change = Assert.Single(ContentDefinitionDiff.Compare(before, after));

        Assert.Equal((PartKindChanged, "HtmlBodyPart", "HtmlBodyPart", "MarkdownBodyPart"), (change.Kind, change.Part, change.FromKind, change.ToKind));
    }
}
