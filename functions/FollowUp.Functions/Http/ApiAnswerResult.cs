using FollowUp.Orchestrations.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FollowUp.Functions.Http;

internal static class ApiAnswerResult
{
    /// <summary>Copies the shared answer onto the response unchanged: status, content type, Location, body.</summary>
    public static IActionResult From(ApiAnswer answer, Microsoft.AspNetCore.Http.HttpResponse response)
    {
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        return new ContentResult { StatusCode = answer.StatusCode, ContentType = answer.ContentType, Content = answer.Body };
    }
}
