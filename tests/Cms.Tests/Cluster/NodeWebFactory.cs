using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Cluster;

/// <summary>
/// One node of a cluster in this process: the real host over a data folder other nodes share, with the settings given.
/// Whichever node is disposed first deletes the folder; the others find it gone.
/// </summary>
public sealed class NodeWebFactory : CmsWebFactory
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public NodeWebFactory(string dataPath, IReadOnlyDictionary<string, string> settings)
        : base(dataPath)
    {
        _settings = settings;
    }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "cms-node-tests", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
