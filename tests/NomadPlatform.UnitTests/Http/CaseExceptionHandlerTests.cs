using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.UnitTests.Http;

public sealed class CaseExceptionHandlerTests
{
    [Fact]
    public async Task A_change_that_lost_to_another_made_at_the_same_moment_is_a_409_saying_nothing_was_saved()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new CaseExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), new ReasonTexts(typeof(CaseExceptionHandler).Assembly));
        var context = new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
        context.Request.Headers.AcceptLanguage = "en";

        var handled = await handler.TryHandleAsync(context, new DbUpdateConcurrencyException("The row's version changed since it was read."), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("conflict.concurrent", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("Nothing was saved", problem.RootElement.GetProperty("detail").GetString());
    }
}
