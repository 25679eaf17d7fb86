namespace Cms.Web.Preview;

/// <summary>A preview template that does not parse or fails while rendering; names the template.</summary>
public sealed class PreviewTemplateException : Exception
{
    public PreviewTemplateException()
    {
    }

    public PreviewTemplateException(string message)
        : base(message)
    {
    }

    public PreviewTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
