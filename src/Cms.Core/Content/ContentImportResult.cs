namespace Cms.Core.Content;

/// <summary>What an import did with its items.</summary>
public sealed record ContentImportResult(int Created, int Updated, int Unchanged, int Duplicates)
{
    public int Total => Created + Updated + Unchanged + Duplicates;
}
