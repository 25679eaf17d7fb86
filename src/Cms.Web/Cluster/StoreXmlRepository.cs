using System.Xml.Linq;
using Cms.Core.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Cms.Web.Cluster;

/// <summary>
/// Data-protection keys as documents of the store, so every node signs and reads the same sign-in cookies and preview
/// tokens without a shared folder. The interface is synchronous; ASP.NET Core calls it only when it loads or creates a
/// key (at start, then about once a day), so blocking on the store there costs nothing a request would notice.
/// </summary>
internal sealed class StoreXmlRepository : IXmlRepository
{
    private readonly DocumentStore _store;
    private readonly string _formerKeysFolder;

    /// <param name="formerKeysFolder">Where keys were kept before they moved to the store; copied in once, so cookies survive the move.</param>
    public StoreXmlRepository(DocumentStore store, string formerKeysFolder)
    {
        _store = store;
        _formerKeysFolder = formerKeysFolder;
    }

    public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(ReadAllAsync).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) =>
        Task.Run(() => WriteAsync(element, friendlyName)).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> ReadAllAsync()
    {
        await using var session = await _store.OpenReadSessionAsync(CancellationToken.None);
        var documents = await session.GetDocumentsAsync(DocumentTypes.DataProtectionKey, CancellationToken.None);
        if (documents.Count == 0 && Directory.Exists(_formerKeysFolder))
        {
            return await ImportFormerKeysAsync();
        }

        return documents.Select(document => XElement.Parse(document.Content)).ToList();
    }

    private async Task<IReadOnlyCollection<XElement>> ImportFormerKeysAsync()
    {
        var keys = new List<XElement>();
        foreach (var file in Directory.EnumerateFiles(_formerKeysFolder, "*.xml").Order(StringComparer.Ordinal))
        {
            var element = XElement.Load(file);
            await WriteAsync(element, Path.GetFileNameWithoutExtension(file));
            keys.Add(element);
        }

        return keys;
    }

    private async Task WriteAsync(XElement element, string friendlyName)
    {
        await using var session = await _store.OpenWriteSessionAsync(CancellationToken.None);
        await session.PutDocumentAsync(DocumentTypes.DataProtectionKey, friendlyName, element.ToString(SaveOptions.DisableFormatting),
            CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
