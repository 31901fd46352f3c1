using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostEntryStepsDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "StepsDueAt",
                table: "Arrivals",
                type: "INTEGER",
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
