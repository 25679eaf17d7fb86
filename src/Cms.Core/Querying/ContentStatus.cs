namespace Cms.Core.Querying;

/// <summary>Which versions a query reads (GraphQL's PUBLISHED, DRAFT, LATEST, ALL).</summary>
public enum ContentStatus
{
    Published,
    Draft,
    Latest,
    All,
}
