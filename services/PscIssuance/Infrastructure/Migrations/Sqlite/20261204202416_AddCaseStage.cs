using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.PscIssuance.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCaseStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PermitIssuedAt",
                table: "DocumentSubmissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StageEnteredAt",
                table: "DocumentSubmissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageName",
                table: "DocumentSubmissions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StageOpen",
                table: "DocumentSubmissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSubmissions_StageOpen_StageName",
                table: "DocumentSubmissions",
                columns: new[] { "StageOpen", "StageName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DocumentSubmissions_StageOpen_StageName",
                table: "DocumentSubmissions");

            migrationBuilder.DropColumn(
                name: "PermitIssuedAt",
                table: "DocumentSubmissions");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "DocumentSubmissions");

            migrationBuilder.DropColumn(
                name: "StageName",
                table: "DocumentSubmissions");

            migrationBuilder.DropColumn(
                name: "StageOpen",
                table: "DocumentSubmissions");
        }
    }
}
