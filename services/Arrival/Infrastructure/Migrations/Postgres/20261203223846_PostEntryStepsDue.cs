using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostEntryStepsDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StepsDueAt",
                table: "Arrivals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Arrivals_Status_StepsDueAt",
                table: "Arrivals",
                columns: new[] { "Status", "StepsDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Arrivals_Status_StepsDueAt",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "StepsDueAt",
                table: "Arrivals");
        }
    }
}
