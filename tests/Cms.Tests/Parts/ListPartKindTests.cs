using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.ListPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class ListPartKindTests
{
    [Fact]
    public void Settings_Defaults_PageSizeTen()
    {
        var settings = ListPartSettings.From(Part("ListPart", "{}").TypePart);

        Assert.Equal(10, settings.PageSize);
        Assert.Empty(settings.ContainedContentTypes);
    }

    [Fact]
    public void Settings_Values_AreRead()
    {
        var settings = ListPartSettings.From(Part("ListPart", "{}", """{ "ListPartSettings": { "PageSize": "5", "ContainedContentTypes": [ "BlogPost" ] } }""").TypePart);

        Assert.Equal(5, settings.PageSize);
        Assert.Equal(["BlogPost"], settings.ContainedContentTypes);
    }

    [Fact]
    public void Validate_EmptyPart_IsValidAndIndexesNothing()
    {
        var context = Part("ListPart", "{}");
        var entries = new ContentIndexEntries();

        Assert.True(Validate(new ListPartKind(), context).IsValid);
        new ListPartKind().Index(context, entries);
        Assert.Null(entries.Contained);
    }
}
