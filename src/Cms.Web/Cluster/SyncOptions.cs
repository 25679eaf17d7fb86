using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Cluster;

/// <summary>The <c>Cms:Sync</c> section: how a node keeps up with other nodes' commits when it hears no change notices.</summary>
public sealed class SyncOptions
{
    public const string SectionName = "Cms:Sync";

    /// <summary>How often a node without (working) Redis reads the store's versions. Default 1000 ms.</summary>
    [Range(10, 600_000)]
    public int PollMilliseconds { get; set; } = 1000;

    public TimeSpan PollPeriod => TimeSpan.FromMilliseconds(PollMilliseconds);
}
