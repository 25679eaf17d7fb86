using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace Cms.Web.Hosting;

/// <summary>
/// Reads one <c>*Options</c> section the way the binder would, but collects every problem instead of stopping at the
/// first: a value that does not convert to its property's type, then each data annotation the result breaks.
/// </summary>
internal static class ConfiguredOptionsCheck
{
    public static void Check(IConfiguration configuration, string sectionPath, Type optionsType, List<string> problems)
    {
        var instance = Activator.CreateInstance(optionsType)
            ?? throw new InvalidOperationException($"{optionsType.Name} has no parameterless constructor.");
        Check(configuration.GetSection(sectionPath), instance, problems);
    }

    private static void Check(IConfigurationSection section, object instance, List<string> problems)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(type) && property.SetMethod is { IsPublic: true })
            {
                CheckScalar(section, instance, property, type, problems);
            }
            else if (type.IsClass && !typeof(IEnumerable).IsAssignableFrom(type) && property.GetValue(instance) is { } nested)
            {
                Check(section.GetSection(property.Name), nested, problems);
            }
        }
    }

    private static void CheckScalar(IConfigurationSection section, object instance, PropertyInfo property, Type type, List<string> problems)
    {
        var key = $"{section.Path}:{property.Name}";
        var text = section[property.Name];
        // The binder leaves a property alone when its value is empty (except strings), so we do too.
        if (text is not null && (type == typeof(string) || text.Length > 0))
        {
            if (!TryConvert(text, type, out var value))
            {
                problems.Add($"{key}: '{text}' is not {Describe(type)}.");
                return;
            }

            property.SetValue(instance, value);
        }

        var results = new List<ValidationResult>();
        var context = new ValidationContext(instance) { MemberName = property.Name, DisplayName = key };
        if (!Validator.TryValidateProperty(property.GetValue(instance), context, results))
        {
            var configured = text is null ? "" : $" (it is '{text}')";
            problems.AddRange(results.Select(r => $"{key}: {r.ErrorMessage?.TrimEnd('.')}{configured}."));
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri);

    private static bool TryConvert(string text, Type type, out object? value)
    {
        try
        {
            value = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            value = null;
            return false;
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration (hh:mm:ss, e.g. 00:00:02)",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => $"a {type.Name} value",
    };
}
