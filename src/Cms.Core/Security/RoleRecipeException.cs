namespace Cms.Core.Security;

/// <summary>A Roles recipe entry that cannot be applied; <see cref="Property"/> names the offending property.</summary>
public sealed class RoleRecipeException : Exception
{
    public RoleRecipeException(string property, string message)
        : base(message)
    {
        Property = property;
    }

    public RoleRecipeException()
    {
    }

    public RoleRecipeException(string message)
        : base(message)
    {
    }

    public RoleRecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Property { get; } = "";
}
