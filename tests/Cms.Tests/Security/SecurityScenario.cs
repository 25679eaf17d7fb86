using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Tests.Security;

/// <summary>A site with one Securable type (Article) and one that is not (Page), shared by the security tests.</summary>
internal static class SecurityScenario
{
    public const string Article = "Article";
    public const string Page = "Page";
    public const string AliceId = "4h9tq0e1y2x3w4v5u6t7s8r9qa";
    public const string BobId = "4h9tq0e1y2x3w4v5u6t7s8r9qb";

    public static ContentDefinitionDocument Definitions() => ContentDefinitionDocument.FromJson("""
        {
          "ContentTypeDefinitionRecords": [
            { "Name": "Article", "DisplayName": "News Article",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Securable": true } } },
            { "Name": "Page", "DisplayName": "Page",
              "Settings": { "ContentTypeSettings": { "Creatable": true } } }
          ]
        }
        """);

    public static RoleRecord Role(string name, params string[] permissions) => new() { Name = name, Permissions = [.. permissions] };

    public static CmsAuthorizationService Service(params RoleRecord[] roles)
    {
        var service = new CmsAuthorizationService();
        service.Update(roles, "roles-1", Definitions(), "definitions-1");
        return service;
    }

    /// <summary>Alice in the given roles, with a service where a role named "Granted" holds exactly the given permissions.</summary>
    public static (CmsAuthorizationService Service, CmsPrincipal Alice) Granted(params string[] permissions) =>
        (Service(Role("Granted", permissions)), Alice("Granted"));

    public static CmsPrincipal Alice(params string[] roles) => CmsPrincipal.ForUser(AliceId, "alice", roles);
}
