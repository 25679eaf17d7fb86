namespace Cms.Tests.Cluster;

/// <summary>Tests with time bounds across server processes: they run after the others, alone, on this 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterProcessesGroup
{
    public const string Name = "Cluster processes";
}
