using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Shapes;

/// <summary>One request shape the shape suite measures: its name, the request, and whether it is linear by nature.</summary>
internal sealed record QueryShape(string Name, LoadRequest Request, bool LinearByNature = false);
