using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Core.Querying;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;

using Cms.Tests.Support;

namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>
/// A host set up with Orchard's Blog recipe (a temp copy with stand-ins for the theme's files, and the Blog
/// extras beside it), plus what Orchard's Blog tests add through POST /api/content.
/// </summary>
internal static class BlogSite
{
    public static async Task<GraphQLTestHost> CreateAsync(StoreProvider provider, params string[] extraRecipes)
    {
        var host = await GraphQLTestHost.CreateAsync(provider: provider);
        var recipes = await CopyRecipesAsync(Path.Combine(host.DataPath, "theme"));
        await host.RunRecipeAsync(await RecipeReader.ReadFileAsync(Path.Combine(recipes, "blog.recipe.json"), CancellationToken.None));
        foreach (var name in extraRecipes)
        {
            await host.RunRecipeAsync(await RecipeReader.ReadFileAsync(Path.Combine(recipes, name), CancellationToken.None));
        }

        await host.SaveTestRolesAsync();
        return host;
    }

    /// <summary>The id of the one Blog item the recipe made, read from the store (not through GraphQL).</summary>
    public static async Task<string> BlogIdAsync(GraphQLTestHost host)
    {
        await using var session = await host.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        var blogs = await session.QueryAsync(new ContentQuery { ContentTypes = ["Blog"], Status = ContentStatus.Latest }, CancellationToken.None);
        return Assert.Single(blogs).ContentItemId;
    }

    /// <summary>Creates a BlogPost in the blog as the admin through the content API, as Orchard's tests do; returns its id.</summary>
    public static async Task<string> PostBlogPostAsync(GraphQLTestHost host, string blogId, string title, string? path = null,
        string? subtitle = null, bool draft = false)
    {
        var item = new JsonObject
        {
            ["ContentType"] = "BlogPost",
            ["DisplayText"] = title,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = blogId, ["ListContentType"] = "Blog" },
        };
        if (path is not null)
        {
            item["AutoroutePart"] = new JsonObject { ["Path"] = path };
        }

        if (subtitle is not null)
        {
            item["BlogPost"] = new JsonObject { ["Subtitle"] = new JsonObject { ["Text"] = subtitle } };
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, draft ? "/api/content?draft=true" : "/api/content")
        {
            Content = new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        GraphQLTestHost.SignIn(request, GraphQLTestHost.Admin);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"POST /api/content: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["ContentItemId"]!.GetValue<string>();
    }

    private static async Task<string> CopyRecipesAsync(string theme)
    {
        var recipes = Path.Combine(theme, "Recipes");
        var snippets = Path.Combine(recipes, "Snippets");
        Directory.CreateDirectory(snippets);
        File.Copy(CompatRecipeFiles.PathOf("blog.recipe.json"), Path.Combine(recipes, "blog.recipe.json"));
        foreach (var file in Directory.EnumerateFiles(CompatRecipeFiles.PathOf("blog-extras"), "*.json"))
        {
            File.Copy(file, Path.Combine(recipes, Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(CompatRecipeFiles.PathOf(Path.Combine("blog-extras", "Snippets"))))
        {
            File.Copy(file, Path.Combine(snippets, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(snippets, "footer.html"), "<p>Stand-in footer</p>");
        var images = Path.Combine(theme, "wwwroot", "assets", "img");
        Directory.CreateDirectory(images);
        foreach (var name in new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" })
        {
            await File.WriteAllBytesAsync(Path.Combine(images, name), [0xFF, 0xD8, 0xFF, 0xD9]);
        }

        return recipes;
    }
}
