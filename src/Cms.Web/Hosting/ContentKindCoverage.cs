using Cms.Core.ContentModel;
using Cms.GraphQL.Fields;
using Cms.GraphQL.Parts;
using Cms.Web.Admin.Pages.Contents.Editors;

namespace Cms.Web.Hosting;

/// <summary>
/// Every part and field kind of Cms.Core is one folder per project: its model in Cms.Core, its GraphQL shape in
/// Cms.GraphQL and its admin editor in Cms.Web. A kind missing a piece stops the host before it serves, naming
/// the kind and the piece, rather than showing editors a placeholder or leaving the kind out of the schema.
/// </summary>
internal static class ContentKindCoverage
{
    public static void Verify(ContentKindCatalog catalog)
    {
        var missing = new List<string>();
        foreach (var part in catalog.Parts)
        {
            if (ContentKindEditors.Default.FindPart(part.Name) is null)
            {
                missing.Add($"part kind '{part.Name}' has no admin editor (an IContentPartEditor in Cms.Web, Admin/Pages/Contents/Editors/Parts/{part.Name}/)");
            }

            if (ContentPartGraphs.Find(part.Name) is null)
            {
                missing.Add($"part kind '{part.Name}' has no GraphQL shape (an IContentPartGraph in Cms.GraphQL, Parts/{part.Name}/)");
            }
        }

        foreach (var field in catalog.Fields)
        {
            if (ContentKindEditors.Default.FindField(field.Name) is null)
            {
                missing.Add($"field kind '{field.Name}' has no admin editor (an IContentFieldEditor in Cms.Web, Admin/Pages/Contents/Editors/Fields/{field.Name}/)");
            }

            if (ContentFieldGraphs.Find(field.Name) is null)
            {
                missing.Add($"field kind '{field.Name}' has no GraphQL shape (an IContentFieldGraph in Cms.GraphQL, Fields/{field.Name}/)");
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Content kinds are incomplete: " + string.Join("; ", missing) + ".");
        }
    }
}
