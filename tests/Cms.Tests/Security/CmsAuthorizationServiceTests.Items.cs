using Cms.Core.Security;
using static Cms.Tests.Security.SecurityScenario;

namespace Cms.Tests.Security;

public sealed partial class CmsAuthorizationServiceTests
{
    [Fact]
    public void CanOnItem_SecurableTypeWithPerTypeGrant_Allows()
    {
        var (service, alice) = Granted("Edit_Article");

        Assert.True(service.CanOnItem(alice, ContentAction.Edit, Article, BobId));
    }

    [Fact]
    public void CanOnItem_PerTypeGrant_DoesNotReachOtherTypes()
    {
        var (service, alice) = Granted("Edit_Article");

        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Page, BobId));
    }

    [Fact]
    public void CanOnItem_NonSecurableType_IgnoresPerTypeNames()
    {
        var (service, alice) = Granted("Edit_Page");

        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Page, BobId));
    }

    [Theory]
    [InlineData(Article)]
    [InlineData(Page)]
    [InlineData("UnknownType")]
    public void CanOnItem_GlobalGrant_CoversSecurableAndOtherTypes(string contentType)
    {
        var (service, alice) = Granted("EditContent");

        Assert.True(service.CanOnItem(alice, ContentAction.Edit, contentType, BobId));
    }

    [Theory]
    [InlineData("EditOwnContent", Page)]
    [InlineData("EditOwnContent", Article)]
    [InlineData("EditOwn_Article", Article)]
    public void CanOnItem_OwnGrantOnOwnItem_Allows(string granted, string contentType)
    {
        var (service, alice) = Granted(granted);

        Assert.True(service.CanOnItem(alice, ContentAction.Edit, contentType, AliceId));
    }

    [Theory]
    [InlineData(BobId)]
    [InlineData(null)]
    public void CanOnItem_OwnGrantOnSomeoneElsesItem_Denies(string? ownerId)
    {
        var (service, alice) = Granted("EditOwnContent", "EditOwn_Article");

        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Page, ownerId));
        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Article, ownerId));
    }

    [Fact]
    public void CanOnItem_PerTypeOwnGrant_DoesNotCoverNonSecurableType()
    {
        var (service, alice) = Granted("EditOwn_Article");

        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Page, AliceId));
    }

    [Fact]
    public void CanOnItem_AnonymousWithOwnGrant_OwnsNothing()
    {
        var service = Service(Role(SystemRoles.Anonymous, "EditOwnContent"));

        Assert.False(service.CanOnItem(CmsPrincipal.Anonymous, ContentAction.Edit, Page, null));
    }

    [Theory]
    [InlineData("EditContent", ContentAction.View)]
    [InlineData("EditContent", ContentAction.Preview)]
    [InlineData("EditContent", ContentAction.Clone)]
    [InlineData("PublishContent", ContentAction.Preview)]
    [InlineData("PublishContent", ContentAction.Edit)]
    [InlineData("DeleteContent", ContentAction.Delete)]
    public void CanOnItem_ImpliedAction_Allows(string granted, ContentAction action)
    {
        var (service, alice) = Granted(granted);

        Assert.True(service.CanOnItem(alice, action, Article, BobId));
        Assert.True(service.CanOnItem(alice, action, Page, BobId));
    }

    [Theory]
    [InlineData("ViewContent", ContentAction.Edit)]
    [InlineData("PreviewContent", ContentAction.View)]
    [InlineData("EditContent", ContentAction.Publish)]
    [InlineData("EditContent", ContentAction.Delete)]
    [InlineData("EditContent", ContentAction.List)]
    [InlineData("PublishContent", ContentAction.EditOwner)]
    public void CanOnItem_ActionNotImplied_Denies(string granted, ContentAction action)
    {
        var (service, alice) = Granted(granted);

        Assert.False(service.CanOnItem(alice, action, Article, BobId));
        Assert.False(service.CanOnItem(alice, action, Page, BobId));
    }

    [Fact]
    public void CanOnItem_PublishOwnContent_EditsOwnItemOnly()
    {
        var (service, alice) = Granted("PublishOwnContent");

        Assert.True(service.CanOnItem(alice, ContentAction.Edit, Page, AliceId));
        Assert.False(service.CanOnItem(alice, ContentAction.Edit, Page, BobId));
    }

    [Fact]
    public void CanOnItem_Administrator_AllowsEverything()
    {
        var service = Service();
        var admin = Alice(SystemRoles.Administrator);

        Assert.All(Enum.GetValues<ContentAction>(), action =>
        {
            Assert.True(service.CanOnItem(admin, action, Article, BobId));
            Assert.True(service.CanOnItem(admin, action, Page, BobId));
        });
    }

    [Fact]
    public void ViewFilter_AnonymousWithViewContent_All()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"));

        Assert.Equal(ContentVisibility.All, service.ViewFilter(CmsPrincipal.Anonymous, Article, preview: false));
        Assert.Equal(ContentVisibility.All, service.ViewFilter(CmsPrincipal.Anonymous, Page, preview: false));
    }

    [Fact]
    public void ViewFilter_AnonymousWithViewContent_CannotPreview()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"));

        Assert.Equal(ContentVisibility.None, service.ViewFilter(CmsPrincipal.Anonymous, Page, preview: true));
    }

    [Fact]
    public void ViewFilter_AnonymousWithoutPermissions_None()
    {
        var service = Service(Role(SystemRoles.Anonymous), Role(SystemRoles.Authenticated, "ViewContent"));

        Assert.Equal(ContentVisibility.None, service.ViewFilter(CmsPrincipal.Anonymous, Page, preview: false));
    }

    [Fact]
    public void ViewFilter_AnonymousWithViewOwnContent_None()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewOwnContent"));

        Assert.Equal(ContentVisibility.None, service.ViewFilter(CmsPrincipal.Anonymous, Page, preview: false));
    }

    [Fact]
    public void ViewFilter_Authenticated_All()
    {
        var service = Service(Role(SystemRoles.Authenticated, "ViewContent"));

        Assert.Equal(ContentVisibility.All, service.ViewFilter(Alice(), Article, preview: false));
    }

    [Fact]
    public void ViewFilter_AuthorWithViewOwnContent_OwnOnly()
    {
        var service = Service(Role(SystemRoles.Authenticated), Role("Author", "ViewOwnContent"));

        Assert.Equal(ContentVisibility.OwnOnly, service.ViewFilter(Alice("Author"), Article, preview: false));
        Assert.Equal(ContentVisibility.OwnOnly, service.ViewFilter(Alice("Author"), Page, preview: false));
    }

    [Fact]
    public void ViewFilter_AuthorWithViewOwnPerType_OwnOnlyForThatType()
    {
        var service = Service(Role("Author", "ViewOwn_Article"));

        Assert.Equal(ContentVisibility.OwnOnly, service.ViewFilter(Alice("Author"), Article, preview: false));
        Assert.Equal(ContentVisibility.None, service.ViewFilter(Alice("Author"), Page, preview: false));
    }

    [Fact]
    public void ViewFilter_AuthorStereotype_PreviewsOwnButCannotViewWithoutAuthenticated()
    {
        var service = Service(Role("Author", [.. RoleStereotypes.DefaultPermissions("Author")]));

        Assert.Equal(ContentVisibility.None, service.ViewFilter(Alice("Author"), Page, preview: false));
        Assert.Equal(ContentVisibility.OwnOnly, service.ViewFilter(Alice("Author"), Page, preview: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ViewFilter_EditorStereotype_All(bool preview)
    {
        var service = Service(Role("Editor", [.. RoleStereotypes.DefaultPermissions("Editor")]));

        Assert.Equal(ContentVisibility.All, service.ViewFilter(Alice("Editor"), Article, preview));
        Assert.Equal(ContentVisibility.All, service.ViewFilter(Alice("Editor"), Page, preview));
    }

    [Fact]
    public void Visibility_ListHasNoOwnVariant_None()
    {
        var (service, alice) = Granted("EditOwnContent");

        Assert.Equal(ContentVisibility.None, service.Visibility(alice, ContentAction.List, Page));
        Assert.Equal(ContentVisibility.OwnOnly, service.Visibility(alice, ContentAction.Edit, Page));
    }
}
