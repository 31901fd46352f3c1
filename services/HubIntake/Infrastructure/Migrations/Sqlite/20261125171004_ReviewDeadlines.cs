using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewDeadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDeadlines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDeadlines_CaseId",
                table: "ReviewDeadlines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDeadlines_MetAt_DueAt",
                table: "ReviewDeadlines",
                columns: new[] { "MetAt", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewDeadlines");
        }
    }
}
