using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArrivalWindowExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExpiredAt",
                table: "Arrivals",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiredAt",
                table: "Arrivals");
        }
    }
}
