using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.Contents;

public sealed class CreateModel : ContentEditorPage
{
    public CreateModel(ContentStore content, AdminCaller caller)
        : base(content, caller)
    {
    }

    [BindProperty(SupportsGet = true)]
    public string? ListId { get; set; }

    /// <summary>The item this one translates ("Translate" in the editor): the new item starts as its copy, in its set.</summary>
    [BindProperty(SupportsGet = true)]
    public string? TranslationOf { get; set; }

    /// <summary>The culture of the new item (with <see cref="TranslationOf"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (Prepare(type) is { } refused)
        {
            return refused;
        }

        // Rendering a form only reads: a write session here would hold the write lock while the page renders.
        await using var session = await Store.OpenReadSessionAsync(cancellationToken);
        Item = ContentSession.NewOfType(Type);
        if (TranslationOf is { Length: > 0 } sourceId)
        {
            var source = await session.GetContentItemAsync(sourceId, VersionOptions.Latest, cancellationToken);
            if (source is null || source.ContentType != Type.Name || !Caller.CanRead(source))
            {
                return NotFound();
            }

            TranslationDraft.Prefill(Item, source, Culture);
        }

        await BuildEditorAsync(session, stored: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string? submit, string? bagAction, CancellationToken cancellationToken)
    {
        if (Prepare(type) is { } refused)
        {
            return refused;
        }

        await using var session = await Store.OpenSessionAsync(Caller.Actor, cancellationToken);
        Item = session.New(Type.Name);
        Bind();
        if (ListId is { Length: > 0 })
        {
            Item.Content["ContainedPart"] = new JsonObject { ["ListContentItemId"] = ListId, ["Order"] = 0 };
        }

        if (bagAction is not null)
        {
            ApplyBagAction(bagAction);
            await BuildEditorAsync(session.Reader, stored: false, cancellationToken);
            return Page();
        }

        var publish = submit == "publish" || !Type.TypeSettings.Draftable;
        if (publish && !CanPublish)
        {
            return Forbid();
        }

        var submitted = SanitizerNotice.Collect(Item.Content);
        try
        {
            await session.CreateAsync(Item, VersionOptions.Draft, cancellationToken);
            if (publish)
            {
                await session.PublishAsync(Item, cancellationToken);
            }

            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ContentValidationException validation)
        {
            AddErrors(validation);
            await using var read = await Store.Documents.OpenReadSessionAsync(cancellationToken);
            await BuildEditorAsync(read, stored: false, cancellationToken);
            return Page();
        }

        TempData["Message"] = (publish ? $"{Type.DisplayName} published." : $"{Type.DisplayName} draft saved.")
            + SanitizerNotice.Describe(submitted, SanitizerNotice.Collect(Item.Content));
        return Redirect($"/admin/contents/{Item.ContentItemId}/edit");
    }

    private IActionResult? Prepare(string type)
    {
        if (Caller.Definitions.FindType(type) is not { } definition)
        {
            return NotFound();
        }

        Type = definition;
        if (!Caller.Can(ContentAction.Edit, type, Caller.Principal.UserId))
        {
            return Forbid();
        }

        CanSaveDraft = definition.TypeSettings.Draftable;
        CanPublish = Caller.Can(ContentAction.Publish, type, Caller.Principal.UserId);
        return null;
    }
}
