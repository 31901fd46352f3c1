using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubmittedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "Applications",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToCorrect",
                table: "Applications",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Documents",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ToCorrect",
                table: "Applications");
        }
    }
}
