using Cms.Core.ContentModel;
using Cms.Core.Security;
using static Cms.Tests.Security.SecurityScenario;

namespace Cms.Tests.Security;

public sealed partial class CmsAuthorizationServiceTests
{
    private const string GrantedItemId = "4granted00000000000000000x";
    private const string OtherItemId = "4other0000000000000000000y";

    [Fact]
    public void CanRead_PreviewGrant_ReadsItsItemAtAnyVersion()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"));
        var grant = CmsPrincipal.ForPreview(GrantedItemId, AliceId);

        Assert.True(service.CanRead(grant, Item(GrantedItemId, published: false)));
        Assert.True(service.CanRead(grant, Item(GrantedItemId, published: true)));
    }

    [Fact]
    public void CanRead_PreviewGrant_SeesOtherItemsAsAnonymousDoes()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"));
        var grant = CmsPrincipal.ForPreview(GrantedItemId, AliceId);

        Assert.False(service.CanRead(grant, Item(OtherItemId, published: false)));
        Assert.True(service.CanRead(grant, Item(OtherItemId, published: true)));
        Assert.False(service.CanRead(CmsPrincipal.Anonymous, Item(GrantedItemId, published: false)));
    }

    [Fact]
    public void ViewFilter_PreviewGrantWithoutPreviewRights_NarrowsToTheGrantedItem()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"));
        var grant = CmsPrincipal.ForPreview(GrantedItemId, AliceId);

        Assert.Equal(ContentVisibility.PreviewGrantOnly, service.ViewFilter(grant, Article, preview: true));
        Assert.Equal(ContentVisibility.All, service.ViewFilter(grant, Article, preview: false));
    }

    [Fact]
    public void PreviewGrant_HoldsNoOtherPermission()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"), Role(SystemRoles.Authenticated, "EditContent", "PreviewContent"));
        var grant = CmsPrincipal.ForPreview(GrantedItemId, AliceId);

        Assert.False(grant.IsAuthenticated);
        Assert.Null(grant.UserId);
        Assert.All(Enum.GetValues<ContentAction>().Where(a => a != ContentAction.View), action =>
            Assert.False(service.CanOnItem(grant, action, Article, null)));
    }

    private static ContentItem Item(string contentItemId, bool published) => new()
    {
        ContentItemId = contentItemId,
        ContentItemVersionId = contentItemId[..20] + (published ? "p" : "d"),
        ContentType = Article,
        Published = published,
        Latest = true,
        Owner = BobId,
    };
}
