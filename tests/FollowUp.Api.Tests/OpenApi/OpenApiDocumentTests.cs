using FollowUp.Api.Routing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Contract = FollowUp.Api.OpenApi.OpenApiDocument;

namespace FollowUp.Api.Tests.OpenApi;

/// <summary>The published contract is a valid OpenAPI document and describes the route table's routes.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly ReadResult Read = OpenApiDocument.Parse(Contract.Json, "json");

    [Fact]
    public void The_document_parses_without_an_error_or_a_warning()
    {
        Assert.NotNull(Read.Document);
        Assert.Empty(Read.Diagnostic!.Errors);
        Assert.Empty(Read.Diagnostic.Warnings);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, Read.Diagnostic.SpecificationVersion);
    }

    [Fact]
    public void The_document_passes_the_default_validation_rules()
    {
        var errors = Read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet());

        Assert.Empty(errors ?? []);
    }

    [Fact]
    public void Every_route_of_the_table_has_an_operation_with_a_summary_and_a_success_answer()
    {
        var paths = Read.Document!.Paths;
        foreach (var route in FollowUpRoutes.All)
        {
            Assert.True(paths.TryGetValue("/" + route.Template, out var path), $"{route.Path} is not documented");
            var operation = Assert.Single(path!.Operations!, o => string.Equals(o.Key.Method, route.Method, StringComparison.OrdinalIgnoreCase)).Value;
            Assert.False(string.IsNullOrWhiteSpace(operation.OperationId), $"{route.Method} {route.Path}: no operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{route.Method} {route.Path}: no summary");
            Assert.Contains(operation.Responses!.Keys, status => status.StartsWith('2'));
        }
    }

    [Fact]
    public void Every_problem_answer_is_described_as_problem_json()
    {
        var problems = Read.Document!.Components!.Responses!
            .Where(r => r.Key.Contains("Problem", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(problems);
        Assert.All(problems, r => Assert.Contains("application/problem+json", r.Value.Content!.Keys));
    }
}
