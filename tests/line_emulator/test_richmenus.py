"""Rich menus: LINE's size, area and image rules, links, default menu, aliases and the hourly limit."""

from __future__ import annotations

from typing import Any

import pytest

from line_emulator import validate_rich_menu
from line_emulator.images import image_dimensions
from tests.line_emulator.support import Api, jpeg, png


def menu(width: int = 2500, height: int = 843, **overrides: Any) -> dict[str, Any]:
    half = width // 2
    body = {
        "size": {"width": width, "height": height},
        "selected": True,
        "name": "เมนูประชาชน",
        "chatBarText": "เมนู",
        "areas": [
            {"bounds": {"x": 0, "y": 0, "width": half, "height": height}, "action": {"type": "postback", "data": "a"}},
            {
                "bounds": {"x": half, "y": 0, "width": width - half, "height": height},
                "action": {"type": "richmenuswitch", "richMenuAliasId": "tab-2", "data": "tab=2"},
            },
        ],
    }
    body.update(overrides)
    return body


def area(x: int = 0, y: int = 0, width: int = 100, height: int = 100) -> dict[str, Any]:
    return {"bounds": {"x": x, "y": y, "width": width, "height": height}, "action": {"type": "message", "text": "x"}}


def problems(body: Any) -> set[str]:
    return {problem["property"] for problem in validate_rich_menu(body)}


INVALID_MENUS = {
    "width 799": (menu(799, 250), "size.width"),
    "width 2501": (menu(2501, 843), "size.width"),
    "height 249": (menu(800, 249), "size.height"),
    "ratio under 1.45": (menu(1000, 1000), "size"),
    "21 areas": (menu(areas=[area()] * 21), "areas"),
    "an area outside the menu": (menu(areas=[area(x=2400, width=200)]), "areas[0].bounds"),
    "an area without an action": (menu(areas=[{"bounds": area()["bounds"]}]), "areas[0].action"),
    "an area without bounds": (menu(areas=[{"action": area()["action"]}]), "areas[0].bounds"),
    "chatBarText of 15 graphemes": (menu(chatBarText="ก" * 15), "chatBarText"),
    "name of 301": (menu(name="n" * 301), "name"),
    "selected not a bool": (menu(selected="yes"), "selected"),
    "a camera action": (menu(areas=[{**area(), "action": {"type": "camera", "label": "x"}}]), "areas[0].action.type"),
}


@pytest.mark.parametrize(("body", "where"), INVALID_MENUS.values(), ids=INVALID_MENUS.keys())
def test_invalid_rich_menus_are_refused_with_the_property(api: Api, body: dict, where: str) -> None:
    assert where in problems(body)
    for path in ("/v2/bot/richmenu", "/v2/bot/richmenu/validate"):
        response = api.post(path, body)
        assert response.status_code == 400
        assert where in {detail["property"] for detail in response.json()["details"]}
    assert api.get("/v2/bot/richmenu/list").json() == {"richmenus": []}


def test_valid_menus_including_a_thai_chat_bar_of_14_graphemes() -> None:
    assert problems(menu()) == set()
    assert problems(menu(800, 250, areas=[])) == set()
    assert problems(menu(chatBarText="เมนูที่ต้องการ" + "ที่" * 4)) == set()  # 14 graphemes, more code points


def test_create_get_list_and_delete(api: Api) -> None:
    assert api.post("/v2/bot/richmenu/validate", menu()).json() == {}
    menu_id = api.post("/v2/bot/richmenu", menu()).json()["richMenuId"]
    assert menu_id.startswith("richmenu-")
    assert api.get(f"/v2/bot/richmenu/{menu_id}").json() == {"richMenuId": menu_id, **menu()}
    assert [m["richMenuId"] for m in api.get("/v2/bot/richmenu/list").json()["richmenus"]] == [menu_id]
    assert api.delete(f"/v2/bot/richmenu/{menu_id}").status_code == 200
    assert api.get(f"/v2/bot/richmenu/{menu_id}").status_code == 404


def test_image_upload_rules(api: Api) -> None:
    menu_id = api.post("/v2/bot/richmenu", menu()).json()["richMenuId"]
    upload = f"/v2/bot/richmenu/{menu_id}/content"

    def send(data: bytes, content_type: str) -> int:
        return api.post(upload, data=data, headers={"Content-Type": content_type}).status_code

    assert send(png(2500, 843), "image/gif") == 400
    assert send(png(2500, 843), "image/jpeg") == 400  # the bytes are a PNG
    assert send(b"just text", "image/png") == 400
    assert send(png(2500, 1686), "image/png") == 400  # not the menu's size
    assert send(png(2500, 843) + b"\0" * (1024 * 1024), "image/png") == 413  # over 1 MB
    assert api.get(upload).status_code == 404  # still no image
    assert send(png(2500, 843), "image/png") == 200
    assert send(png(2500, 843), "image/png") == 400  # an image cannot be replaced
    downloaded = api.get(upload)
    assert downloaded.content == png(2500, 843) and downloaded.headers["Content-Type"] == "image/png"


def test_jpeg_images_are_measured_from_their_frame_header(api: Api) -> None:
    assert image_dimensions(jpeg(1200, 810)) == ("jpeg", 1200, 810)
    assert image_dimensions(png(800, 540)) == ("png", 800, 540)
    assert image_dimensions(b"\xff\xd8\xff\xd9") is None
    menu_id = api.post("/v2/bot/richmenu", menu(1200, 810)).json()["richMenuId"]
    upload = f"/v2/bot/richmenu/{menu_id}/content"
    assert api.post(upload, data=jpeg(1200, 800), headers={"Content-Type": "image/jpeg"}).status_code == 400
    assert api.post(upload, data=jpeg(1200, 810), headers={"Content-Type": "image/jpeg"}).status_code == 200


def with_image(api: Api, **overrides: Any) -> str:
    menu_id = api.post("/v2/bot/richmenu", menu(**overrides)).json()["richMenuId"]
    response = api.post(
        f"/v2/bot/richmenu/{menu_id}/content", data=png(2500, 843), headers={"Content-Type": "image/png"}
    )
    assert response.status_code == 200
    return menu_id


def test_linking_needs_an_image_and_can_be_undone(api: Api) -> None:
    bare = api.post("/v2/bot/richmenu", menu()).json()["richMenuId"]
    refused = api.post(f"/v2/bot/user/U1/richmenu/{bare}")
    assert refused.status_code == 400 and "image" in refused.json()["message"]
    assert api.post("/v2/bot/user/U1/richmenu/richmenu-nope").status_code == 404
    menu_id = with_image(api)
    assert api.post(f"/v2/bot/user/U1/richmenu/{menu_id}").status_code == 200
    assert api.get("/v2/bot/user/U1/richmenu").json() == {"richMenuId": menu_id}
    assert api.delete("/v2/bot/user/U1/richmenu").status_code == 200
    assert api.get("/v2/bot/user/U1/richmenu").status_code == 404


def test_bulk_link_and_unlink(api: Api) -> None:
    menu_id = with_image(api)
    users = [f"U{n:032d}" for n in range(500)]
    linked = api.post("/v2/bot/richmenu/bulk/link", {"richMenuId": menu_id, "userIds": users})
    assert linked.status_code == 202 and linked.json() == {}
    assert api.get(f"/v2/bot/user/{users[499]}/richmenu").json() == {"richMenuId": menu_id}
    too_many = api.post("/v2/bot/richmenu/bulk/link", {"richMenuId": menu_id, "userIds": [*users, "Uextra"]})
    assert too_many.status_code == 400 and too_many.json()["details"][0]["property"] == "userIds"
    assert api.post("/v2/bot/richmenu/bulk/unlink", {"userIds": users[:10]}).status_code == 202
    assert api.get(f"/v2/bot/user/{users[0]}/richmenu").status_code == 404
    assert api.get(f"/v2/bot/user/{users[10]}/richmenu").status_code == 200


def test_default_menu(api: Api) -> None:
    assert api.get("/v2/bot/user/all/richmenu").status_code == 404
    menu_id = with_image(api)
    assert api.post(f"/v2/bot/user/all/richmenu/{menu_id}").status_code == 200
    assert api.get("/v2/bot/user/all/richmenu").json() == {"richMenuId": menu_id}
    assert api.delete("/v2/bot/user/all/richmenu").status_code == 200
    assert api.get("/v2/bot/user/all/richmenu").status_code == 404


def test_deleting_a_menu_unlinks_it(api: Api) -> None:
    menu_id = with_image(api)
    api.post(f"/v2/bot/user/U1/richmenu/{menu_id}")
    api.post(f"/v2/bot/user/all/richmenu/{menu_id}")
    api.delete(f"/v2/bot/richmenu/{menu_id}")
    assert api.get("/v2/bot/user/U1/richmenu").status_code == 404
    assert api.get("/v2/bot/user/all/richmenu").status_code == 404


def test_aliases(api: Api) -> None:
    first, second = with_image(api), with_image(api, name="second")
    assert api.post("/v2/bot/richmenu/alias", {"richMenuAliasId": "tab-1", "richMenuId": first}).status_code == 200
    conflict = api.post("/v2/bot/richmenu/alias", {"richMenuAliasId": "tab-1", "richMenuId": second})
    assert conflict.status_code == 400
    bad_id = api.post("/v2/bot/richmenu/alias", {"richMenuAliasId": "แท็บ", "richMenuId": first})
    assert bad_id.status_code == 400 and bad_id.json()["details"][0]["property"] == "richMenuAliasId"
    assert api.get("/v2/bot/richmenu/alias/tab-1").json() == {"richMenuAliasId": "tab-1", "richMenuId": first}
    assert api.post("/v2/bot/richmenu/alias/tab-1", {"richMenuId": second}).status_code == 200
    assert api.get("/v2/bot/richmenu/alias/list").json() == {
        "aliases": [{"richMenuAliasId": "tab-1", "richMenuId": second}]
    }
    assert api.delete("/v2/bot/richmenu/alias/tab-1").status_code == 200
    assert api.get("/v2/bot/richmenu/alias/tab-1").status_code == 404


def test_the_101st_creation_within_an_hour_is_429(api: Api) -> None:
    for _ in range(100):
        assert api.post("/v2/bot/richmenu", menu()).status_code == 200
    refused = api.post("/v2/bot/richmenu", menu())
    assert refused.status_code == 429 and refused.headers["x-line-request-id"]
    assert len(api.get("/v2/bot/richmenu/list").json()["richmenus"]) == 100
