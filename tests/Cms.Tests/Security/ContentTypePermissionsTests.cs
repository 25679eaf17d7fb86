using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class ContentTypePermissionsTests
{
    [Theory]
    [InlineData("Publish_Article", "PublishContent")]
    [InlineData("PublishOwn_Article", "Publish_Article,PublishOwnContent")]
    [InlineData("Edit_Article", "EditContent,Publish_Article")]
    [InlineData("EditOwn_Article", "EditOwnContent,Edit_Article,PublishOwn_Article")]
    [InlineData("Delete_Article", "DeleteContent")]
    [InlineData("DeleteOwn_Article", "DeleteOwnContent,Delete_Article")]
    [InlineData("View_Article", "Edit_Article,ViewContent")]
    [InlineData("ViewOwn_Article", "ViewOwnContent,View_Article")]
    [InlineData("Preview_Article", "Edit_Article,PreviewContent,Publish_Article")]
    [InlineData("PreviewOwn_Article", "PreviewOwnContent,Preview_Article")]
    [InlineData("Clone_Article", "CloneContent,Edit_Article")]
    [InlineData("CloneOwn_Article", "CloneOwnContent,Clone_Article")]
    [InlineData("ListContent_Article", "ListContent")]
    [InlineData("EditContentOwner_Article", "EditContentOwner")]
    public void ForType_Permission_IsImpliedByGlobalAndStrongerPerType(string name, string impliedBy)
    {
        var permission = Assert.Single(ContentTypePermissions.ForType(Article()), p => p.Name == name);

        Assert.Equal(
            impliedBy.Split(',').Order(StringComparer.Ordinal),
            permission.ImpliedBy.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ForType_NoDisplayName_CategoryUsesTechnicalName()
    {
        var type = new ContentTypeDefinition { Name = "Memo" };

        Assert.Equal("Memo Content Type - Memo", ContentTypePermissions.CategoryFor(type));
    }

    [Theory]
    [InlineData(ContentAction.View, false, "View_Article")]
    [InlineData(ContentAction.View, true, "ViewOwn_Article")]
    [InlineData(ContentAction.Preview, true, "PreviewOwn_Article")]
    [InlineData(ContentAction.Publish, false, "Publish_Article")]
    [InlineData(ContentAction.List, false, "ListContent_Article")]
    [InlineData(ContentAction.EditOwner, false, "EditContentOwner_Article")]
    public void NameFor_Action_GivesPerTypeName(ContentAction action, bool own, string expected)
    {
        Assert.Equal(expected, ContentTypePermissions.NameFor(action, own, "Article"));
    }

    [Theory]
    [InlineData(ContentAction.List)]
    [InlineData(ContentAction.EditOwner)]
    public void NameFor_OwnVariantThatDoesNotExist_IsNull(ContentAction action)
    {
        Assert.Null(ContentTypePermissions.NameFor(action, own: true, "Article"));
    }

    private static ContentTypeDefinition Article() => SecurityScenario.Definitions().FindType("Article")!;
}
